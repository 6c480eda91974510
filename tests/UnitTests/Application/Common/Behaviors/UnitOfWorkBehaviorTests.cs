using Mediator;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;

namespace Platform.UnitTests.Application.Common.Behaviors;

public sealed class UnitOfWorkBehaviorTests
{
    [Fact]
    public async Task Handle_TransientFaultBeforeCommit_RunsTheCommandAgainFromACleanSlate()
    {
        var unitOfWork = new ScriptedUnitOfWork(failingSaves: 1);
        var runs = 0;

        var result = await new UnitOfWorkBehavior<TestCommand, Result>(unitOfWork)
            .Handle(new TestCommand(), (_, _) => { runs++; return ValueTask.FromResult(Result.Success()); }, default);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, runs);
        Assert.Equal(1, unitOfWork.Resets);
        Assert.Equal(1, unitOfWork.Commits);
    }

    [Fact]
    public async Task Handle_TransientFaultOnEveryAttempt_SurfacesAfterTheLastAttempt()
    {
        var unitOfWork = new ScriptedUnitOfWork(failingSaves: int.MaxValue);
        var runs = 0;

        await Assert.ThrowsAsync<TimeoutException>(async () => await new UnitOfWorkBehavior<TestCommand, Result>(unitOfWork)
            .Handle(new TestCommand(), (_, _) => { runs++; return ValueTask.FromResult(Result.Success()); }, default));

        Assert.Equal(UnitOfWorkBehavior<TestCommand, Result>.MaxAttempts, runs);
        Assert.Equal(0, unitOfWork.Commits);
    }

    [Fact]
    public async Task Handle_FaultWhileCommitting_IsNotRetried()
    {
        var unitOfWork = new ScriptedUnitOfWork(failingSaves: 0, failCommit: true);
        var runs = 0;

        await Assert.ThrowsAsync<TimeoutException>(async () => await new UnitOfWorkBehavior<TestCommand, Result>(unitOfWork)
            .Handle(new TestCommand(), (_, _) => { runs++; return ValueTask.FromResult(Result.Success()); }, default));

        Assert.Equal(1, runs);
    }

    public sealed record TestCommand : ICommand<Result>;

    /// <summary>Fails the first saves (or the commit) with a fault it calls transient, as a lost connection would.</summary>
    private sealed class ScriptedUnitOfWork(int failingSaves, bool failCommit = false) : IUnitOfWork
    {
        private int _saves;

        public int Resets { get; private set; }

        public int Commits { get; private set; }

        public Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken ct) => Task.FromResult<IUnitOfWorkTransaction>(new Transaction(this, failCommit));

        public Task SaveChangesAsync(CancellationToken ct) => ++_saves <= failingSaves ? throw new TimeoutException() : Task.CompletedTask;

        public WriteConflictException? AsWriteConflict(Exception error) => null;

        public bool IsRetryable(Exception error, bool commitSent) => error is TimeoutException && !commitSent;

        public void Reset() => Resets++;

        private sealed class Transaction(ScriptedUnitOfWork owner, bool fail) : IUnitOfWorkTransaction
        {
            public bool IsNested => false;

            public Task CommitAsync(CancellationToken ct)
            {
                if (fail) throw new TimeoutException();
                owner.Commits++;
                return Task.CompletedTask;
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
