using Mediator;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Commands only: runs the handler in a transaction and commits once it succeeded, so a failed result leaves nothing
/// behind. A unique-index violation or stale version (a racing request) becomes a Conflict result, never an unhandled exception.
/// A transient database fault (serialization failure, deadlock, a connection lost before the commit) runs the whole
/// command again from a clean slate, up to <see cref="MaxAttempts"/> times; what still fails surfaces to the caller.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
    where TResponse : IUseCaseResult, IFailureFactory<TResponse>
{
    internal const int MaxAttempts = 3;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var nested = false;
            var commitSent = false;
            try
            {
                await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
                nested = transaction.IsNested;
                var response = await next(message, cancellationToken);
                if (!response.IsSuccess) return response;

                await unitOfWork.SaveChangesAsync(cancellationToken);
                commitSent = true;
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            catch (Exception error) when (!nested && attempt < MaxAttempts && !cancellationToken.IsCancellationRequested
                && unitOfWork.IsRetryable(error, commitSent))
            {
                unitOfWork.Reset();
                await Task.Delay(TimeSpan.FromMilliseconds(25 * attempt * attempt), cancellationToken);
            }
            catch (Exception error) when (unitOfWork.AsWriteConflict(error) is { } conflict)
            {
                return TResponse.Failure([conflict.Kind == WriteConflictKind.UniqueKey && message is IConflictDescriber describer
                    ? describer.DescribeConflict()
                    : CommonErrors.ConcurrentConflict]);
            }
        }
    }
}
