using System.ComponentModel.DataAnnotations;

namespace Platform.Api.Tenancy.Console;

public sealed class SignInForm
{
    [Display(Name = "Company key")]
    public string? CompanyKey { get; set; }

    [Display(Name = "Email")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    public string? Password { get; set; }
}
