using Platform.Application.Common.Results;

namespace Platform.Application.Common.Behaviors;

/// <summary>A command that knows which error to report when a unique key it writes was taken by a racing request.</summary>
public interface IConflictDescriber
{
    Error DescribeConflict();
}
