using Mapster;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed class AccountMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Account, AccountView>()
            .Map(view => view.Id, account => account.Id.Value);
}
