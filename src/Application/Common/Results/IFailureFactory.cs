namespace Platform.Application.Common.Results;

/// <summary>Lets pipeline behaviours build a failed result of whatever result type a handler returns.</summary>
public interface IFailureFactory<out TSelf>
{
    static abstract TSelf Failure(IReadOnlyList<Error> errors);
}
