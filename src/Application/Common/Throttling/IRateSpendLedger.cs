namespace Platform.Application.Common.Throttling;

/// <summary>
/// Where the replicas tell each other what they took from the companies' rate budgets (ADR 0014): each one adds its
/// own spend and learns the others', a few times a second, so that a company's budget holds across replicas without
/// a database round trip per request.
/// </summary>
public interface IRateSpendLedger
{
    /// <summary>
    /// Records <paramref name="spentHere"/> (this replica's spend since its last call) and returns what the other
    /// replicas spent since this replica's last call. The first call only learns where the others stand and returns nothing.
    /// </summary>
    Task<IReadOnlyList<BucketSpend>> ExchangeAsync(IReadOnlyList<BucketSpend> spentHere, CancellationToken ct);
}
