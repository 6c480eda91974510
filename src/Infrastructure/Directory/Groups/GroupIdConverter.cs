using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Directory.Groups;

namespace Platform.Infrastructure.Directory.Groups;

internal sealed class GroupIdConverter() : ValueConverter<GroupId, Guid>(id => id.Value, value => new GroupId(value));
