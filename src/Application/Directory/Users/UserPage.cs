using Mapster;
using Platform.Application.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Application.Directory.Users;

public sealed record UserPage(IReadOnlyList<UserView> Users, int TotalResults);
