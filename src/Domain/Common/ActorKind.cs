namespace Platform.Domain.Common;

public enum ActorKind
{
    System = 0,
    Operator = 1,
    Account = 2,
    Integration = 3,
}
