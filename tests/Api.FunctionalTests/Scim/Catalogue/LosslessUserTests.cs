using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Catalogue;

public sealed class LosslessUserTests(PlatformApiFactory factory) : LosslessUserTestsBase(factory), IClassFixture<PlatformApiFactory>;
