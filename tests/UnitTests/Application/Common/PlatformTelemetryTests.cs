using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;

namespace Platform.UnitTests.Application.Common;

public sealed class PlatformTelemetryTests
{
    [Theory]
    [InlineData(ErrorType.Validation, "validation")]
    [InlineData(ErrorType.NotFound, "not_found")]
    [InlineData(ErrorType.Conflict, "conflict")]
    [InlineData(ErrorType.ConcurrentChange, "concurrent_change")]
    [InlineData(ErrorType.Unauthorized, "unauthorized")]
    [InlineData(ErrorType.TooManyRequests, "too_many_requests")]
    public void OutcomeOf_AFailure_IsItsErrorTypeInSnakeCase(ErrorType type, string outcome)
    {
        Assert.Equal(outcome, PlatformTelemetry.OutcomeOf(Result.Failure([new Error("x", "x", type)])));
    }

    [Fact]
    public void OutcomeOf_ASuccess_IsSuccess()
    {
        Assert.Equal("success", PlatformTelemetry.OutcomeOf(Result.Success()));
    }
}
