using Platform.Api.Cli;
using Platform.Api.Composition;

namespace Platform.Api;

/// <summary>One executable: with a verb (<c>migrate</c>, <c>companies</c>, ...) it is the operator's CLI; without, the server.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        if (PlatformCli.IsCliInvocation(args)) return await PlatformCli.RunAsync(args);

        await ServerHost.Build(args).RunAsync();
        return 0;
    }
}
