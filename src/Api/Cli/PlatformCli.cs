using System.CommandLine;
using System.Text.Json;
using Mediator;
using Platform.Api.Common;
using Platform.Api.Composition;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Events;
using Platform.Application.Integrations;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Api.Cli;

/// <summary>
/// Operator verbs on the server executable. Each sends the same commands the admin API sends; with <c>--json</c> it
/// prints exactly one JSON object on standard output, so scripts can read it.
/// </summary>
public static class PlatformCli
{
    private static readonly string[] Verbs = ["migrate", "companies", "accounts", "integrations", "api-keys"];
    private static readonly JsonSerializerOptions JsonOutput = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Flows with the invocation, so that parallel test runs each keep their own configuration.
    private static readonly AsyncLocal<Action<WebApplicationBuilder>?> Configure = new();

    public static bool IsCliInvocation(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <param name="configure">Lets tests point the verbs at their own database.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, Action<WebApplicationBuilder>? configure = null)
    {
        Configure.Value = configure;
        var output = stdout ?? System.Console.Out;
        var errors = stderr ?? System.Console.Error;
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };

        var root = new RootCommand("Platform: SCIM directory sync. Without a verb, runs the server.");
        root.Subcommands.Add(MigrateCommand(output, errors));
        root.Subcommands.Add(CompaniesCommand(json, output, errors));
        root.Subcommands.Add(AccountsCommand(json, output, errors));
        root.Subcommands.Add(IntegrationsCommand(json, output, errors));
        root.Subcommands.Add(ApiKeysCommand(json, output, errors));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await errors.WriteLineAsync(error.Message);
            await errors.WriteLineAsync("Run with --help to see the verbs and their options.");
            return 2;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
    }

    private static Command MigrateCommand(TextWriter output, TextWriter errors)
    {
        var command = new Command("migrate", "Apply database migrations for the configured provider.");
        command.SetAction(async (_, ct) => await WithServices(errors, async services =>
        {
            await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(ct);
            await output.WriteLineAsync("Database is up to date.");
            return 0;
        }));
        return command;
    }

    private static Command CompaniesCommand(Option<bool> json, TextWriter output, TextWriter errors)
    {
        var name = new Argument<string>("name") { Description = "The company's display name." };
        var key = new Option<string?>("--key") { Description = "The company key used in SCIM URLs (default: derived from the name)." };
        var adminEmail = new Option<string?>("--admin-email") { Description = "Create an admin account with this email and print its one-time password." };
        var create = new Command("create", "Create a company (tenant), optionally with its first admin.") { name, key, adminEmail, json };
        create.SetAction(async (parse, ct) => await WithServices(errors, async services =>
        {
            var result = await services.GetRequiredService<ISender>().Send(
                new CreateCompanyCommand(parse.GetValue(name)!, parse.GetValue(key), parse.GetValue(adminEmail), Actor.Operator(Environment.UserName)), ct);
            if (!result.IsSuccess) return await Fail(errors, result.Errors);

            var created = result.Value;
            var urls = services.GetRequiredService<PublicUrls>();
            await Print(output, parse.GetValue(json), new
            {
                companyKey = created.Company.Key,
                companyName = created.Company.Name,
                adminEmail = created.AdminEmail,
                adminOneTimePassword = created.AdminOneTimePassword,
                signInUrl = $"{urls.Base}/signin",
            });
            return 0;
        }));
        return new Command("companies", "Manage companies.") { create };
    }

    private static Command AccountsCommand(Option<bool> json, TextWriter output, TextWriter errors)
    {
        var company = CompanyOption();
        var email = new Option<string>("--email") { Description = "The account's email.", Required = true };
        var role = new Option<AccountRole>("--role") { Description = "admin or member.", DefaultValueFactory = _ => AccountRole.Member };
        var create = new Command("create", "Create a console account in a company and print its one-time password.") { company, email, role, json };
        create.SetAction(async (parse, ct) => await WithServices(errors, async services =>
        {
            var sender = services.GetRequiredService<ISender>();
            var found = await sender.Send(new GetCompanyQuery(parse.GetValue(company)!), ct);
            if (!found.IsSuccess) return await Fail(errors, found.Errors);

            var result = await sender.Send(new CreateAccountCommand(new CompanyId(found.Value.Id), parse.GetValue(email)!, parse.GetValue(role)), ct);
            if (!result.IsSuccess) return await Fail(errors, result.Errors);
            await Print(output, parse.GetValue(json), new
            {
                companyKey = found.Value.Key,
                email = result.Value.Email,
                role = result.Value.Role.ToString().ToLowerInvariant(),
                oneTimePassword = result.Value.OneTimePassword,
            });
            return 0;
        }));
        return new Command("accounts", "Manage console accounts.") { create };
    }

    private static Command IntegrationsCommand(Option<bool> json, TextWriter output, TextWriter errors)
    {
        var company = CompanyOption();
        var kind = new Argument<string>("kind") { Description = "The identity provider: okta." };
        kind.AcceptOnlyFromAmong("okta");

        var add = new Command("add", "Add an identity-provider integration and print its API token (shown once).") { kind, company, json };
        add.SetAction(async (parse, ct) => await IntegrationVerb(parse, company, json, output, errors, (companyId, actor) =>
            new AddIntegrationCommand(companyId, IntegrationKind.Okta, actor), ct));

        var reset = new Command("reset-token", "Issue a new API token; the old one stops working at once. No data is erased.") { company, json };
        reset.SetAction(async (parse, ct) => await IntegrationVerb(parse, company, json, output, errors, (companyId, actor) =>
            new ResetIntegrationTokenCommand(companyId, IntegrationKind.Okta, actor), ct));

        var show = new Command("show", "Show the integration: Base URLs and the masked token.") { company, json };
        show.SetAction(async (parse, ct) => await WithServices(errors, async services =>
        {
            var sender = services.GetRequiredService<ISender>();
            var found = await sender.Send(new GetCompanyQuery(parse.GetValue(company)!), ct);
            if (!found.IsSuccess) return await Fail(errors, found.Errors);
            var result = await sender.Send(new GetIntegrationQuery(new CompanyId(found.Value.Id), IntegrationKind.Okta), ct);
            if (!result.IsSuccess) return await Fail(errors, result.Errors);
            await PrintIntegration(output, parse.GetValue(json), services, found.Value.Key, result.Value, token: null);
            return 0;
        }));

        return new Command("integrations", "Manage identity-provider integrations (Okta).") { add, reset, show };
    }

    private static Command ApiKeysCommand(Option<bool> json, TextWriter output, TextWriter errors)
    {
        var company = CompanyOption();
        var name = new Option<string>("--name") { Description = "Which service uses the key.", DefaultValueFactory = _ => "CLI" };
        var create = new Command("create", "Create an API key that reads the company's events API, and print it (shown once).") { company, name, json };
        create.SetAction(async (parse, ct) => await CompanyVerb(parse, company, errors, async (sender, found) =>
        {
            var result = await sender.Send(new CreateApiKeyCommand(new CompanyId(found.Id), parse.GetValue(name)!, Actor.Operator(Environment.UserName)), ct);
            if (!result.IsSuccess) return await Fail(errors, result.Errors);
            await Print(output, parse.GetValue(json), new { key = result.Value.Key, id = result.Value.ApiKey.Id, name = result.Value.ApiKey.Name, keyHint = result.Value.ApiKey.KeyHint });
            return 0;
        }, ct));

        var list = new Command("list", "List the company's API keys (masked).") { company, json };
        list.SetAction(async (parse, ct) => await CompanyVerb(parse, company, errors, async (sender, found) =>
        {
            var result = await sender.Send(new ListApiKeysQuery(new CompanyId(found.Id)), ct);
            if (!result.IsSuccess) return await Fail(errors, result.Errors);
            if (parse.GetValue(json))
            {
                await Print(output, true, new { keys = result.Value });
                return 0;
            }

            foreach (var key in result.Value)
            {
                await output.WriteLineAsync($"{key.Id}  {key.KeyHint}  {key.Name}  created {key.CreatedAt:u}{(key.RevokedAt is { } revoked ? $"  revoked {revoked:u}" : string.Empty)}");
            }

            return 0;
        }, ct));

        var id = new Argument<string>("id") { Description = "The key's id (see api-keys list)." };
        var revoke = new Command("revoke", "Revoke an API key: it stops working at once.") { id, company, json };
        revoke.SetAction(async (parse, ct) => await CompanyVerb(parse, company, errors, async (sender, found) =>
        {
            var result = await sender.Send(new RevokeApiKeyCommand(new CompanyId(found.Id), parse.GetValue(id)!, Actor.Operator(Environment.UserName)), ct);
            if (!result.IsSuccess) return await Fail(errors, result.Errors);
            await Print(output, parse.GetValue(json), new { id = result.Value.Id, name = result.Value.Name, revokedAt = result.Value.RevokedAt });
            return 0;
        }, ct));

        return new Command("api-keys", "Manage API keys for services that read the events API.") { create, list, revoke };
    }

    private static async Task<int> CompanyVerb(ParseResult parse, Option<string> company, TextWriter errors, Func<ISender, CompanyView, Task<int>> verb, CancellationToken ct) =>
        await WithServices(errors, async services =>
        {
            var sender = services.GetRequiredService<ISender>();
            var found = await sender.Send(new GetCompanyQuery(parse.GetValue(company)!), ct);
            return found.IsSuccess ? await verb(sender, found.Value) : await Fail(errors, found.Errors);
        });

    private static async Task<int> IntegrationVerb(
        ParseResult parse,
        Option<string> company,
        Option<bool> json,
        TextWriter output,
        TextWriter errors,
        Func<CompanyId, Actor, ICommand<Result<IssuedIntegrationToken>>> command,
        CancellationToken ct) =>
        await WithServices(errors, async services =>
        {
            var sender = services.GetRequiredService<ISender>();
            var found = await sender.Send(new GetCompanyQuery(parse.GetValue(company)!), ct);
            if (!found.IsSuccess) return await Fail(errors, found.Errors);
            var result = await sender.Send(command(new CompanyId(found.Value.Id), Actor.Operator(Environment.UserName)), ct);
            if (!result.IsSuccess) return await Fail(errors, result.Errors);
            await PrintIntegration(output, parse.GetValue(json), services, found.Value.Key, result.Value.Integration, result.Value.Token);
            return 0;
        });

    private static Option<string> CompanyOption() => new("--company") { Description = "The company key.", Required = true };

    private static Task PrintIntegration(TextWriter output, bool json, IServiceProvider services, string companyKey, IntegrationView view, string? token)
    {
        var urls = services.GetRequiredService<PublicUrls>();
        return Print(output, json, new
        {
            companyKey,
            kind = view.Kind.ToString().ToLowerInvariant(),
            scimV1BaseUrl = urls.ScimBaseUrl(PublicUrls.ScimV1, companyKey),
            scimV2BaseUrl = urls.ScimBaseUrl(PublicUrls.ScimV2, companyKey),
            token,
            tokenHint = view.TokenHint,
            createdAt = view.CreatedAt,
            tokenRotatedAt = view.TokenRotatedAt,
            lastUsedAt = view.LastUsedAt,
        });
    }

    private static async Task Print(TextWriter output, bool json, object value)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(value, JsonOutput));
            return;
        }

        foreach (var property in value.GetType().GetProperties())
        {
            if (property.GetValue(value) is { } shown) await output.WriteLineAsync($"{property.Name}: {shown}");
        }
    }

    private static async Task<int> Fail(TextWriter errors, IReadOnlyList<Error> failures)
    {
        foreach (var failure in failures) await errors.WriteLineAsync($"error: {failure.Message}");
        return 1;
    }

    /// <summary>Builds the same service graph as the server (without starting it) for one verb.</summary>
    private static async Task<int> WithServices(TextWriter errors, Func<IServiceProvider, Task<int>> verb)
    {
        await using var app = ServerHost.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o =>
            {
                o.LogToStandardErrorThreshold = LogLevel.Trace;
                o.FormatterName = Microsoft.Extensions.Logging.Console.ConsoleFormatterNames.Simple;
            });
            builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
            Configure.Value?.Invoke(builder);
        });
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            if (app.Configuration.GetValue("Database:MigrateOnStart", true))
            {
                await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
            }

            return await verb(scope.ServiceProvider);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}
