using FluentValidation;
using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Security;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed record SignedInAccount(Guid AccountId, Guid CompanyId, string CompanyKey, string CompanyName, string Email, AccountRole Role, Guid SessionStamp);
