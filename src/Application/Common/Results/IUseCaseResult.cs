namespace Platform.Application.Common.Results;

public interface IUseCaseResult
{
    bool IsSuccess { get; }

    IReadOnlyList<Error> Errors { get; }
}
