using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

/// <summary>A tenant. Everything a company owns carries its id as the first part of every key.</summary>
public sealed class Company : AggregateRoot
{
    public const int NameMaxLength = 200;

    private Company(CompanyId id, CompanyKey key, string name, DateTimeOffset createdAt)
    {
        Id = id;
        Key = key;
        Name = name;
        CreatedAt = createdAt;
    }

    public CompanyId Id { get; private set; }

    public CompanyKey Key { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Company Create(CompanyKey key, string name, DateTimeOffset now)
    {
        var company = new Company(CompanyId.New(), key, name.Trim(), now);
        company.Raise(new CompanyCreated(company.Id, key, company.Name));
        return company;
    }
}
