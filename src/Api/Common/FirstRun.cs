namespace Platform.Api.Common;

/// <summary>What an operator does on an empty database; printed at start-up and shown on the console's sign-in page.</summary>
public static class FirstRun
{
    public const string CreateCompanyCommand = "dotnet run --project src/Api -- companies create \"Acme\" --admin-email admin@acme.example";
}
