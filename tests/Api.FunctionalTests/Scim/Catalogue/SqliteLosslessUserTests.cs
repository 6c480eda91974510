using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Catalogue;

public sealed class SqliteLosslessUserTests(SqlitePlatformApiFactory factory) : LosslessUserTestsBase(factory), IClassFixture<SqlitePlatformApiFactory>;
