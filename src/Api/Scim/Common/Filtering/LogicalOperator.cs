namespace Platform.Api.Scim.Common.Filtering;

public enum LogicalOperator
{
    And,
    Or,
}
