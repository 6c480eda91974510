using Platform.Application.Common;
using Platform.Domain.Directory.Users;

namespace Platform.Application.Directory.Users;

public enum ContactField
{
    Value,
    Type,
    Primary,
    Display,
}
