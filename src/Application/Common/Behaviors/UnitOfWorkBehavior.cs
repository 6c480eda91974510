using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Commands only: runs the handler in a transaction and commits once it succeeded, so a failed result leaves nothing
/// behind. A unique-index violation or stale version (a racing request) becomes a Conflict result, never an unhandled exception.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
    where TResponse : IUseCaseResult, IFailureFactory<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            var response = await next(message, cancellationToken);
            if (!response.IsSuccess) return response;

            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (Exception error) when (unitOfWork.AsWriteConflict(error) is { } conflict)
        {
            return TResponse.Failure([conflict.Kind == WriteConflictKind.UniqueKey && message is IConflictDescriber describer
                ? describer.DescribeConflict()
                : CommonErrors.ConcurrentConflict]);
        }
    }
}
