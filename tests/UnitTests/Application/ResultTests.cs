using Platform.Application.Common.Results;

namespace Platform.UnitTests.Application;

public sealed class ResultTests
{
    [Fact]
    public void Failure_ThroughTheFactoryInterface_CarriesTheErrors()
    {
        var errors = new[] { Error.Validation("x", "bad") };

        var result = Create<Result<int>>(errors);

        Assert.False(result.IsSuccess);
        Assert.Equal("x", result.Error.Code);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Value_ImplicitlyConverted_IsSuccess()
    {
        Result<string> result = "ok";

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Errors);
        Assert.Equal("ok", result.Value);
    }

    private static T Create<T>(IReadOnlyList<Error> errors)
        where T : IFailureFactory<T> => T.Failure(errors);
}
