namespace Platform.Application.Integrations;

public interface IScimTokenIssuer
{
    IssuedScimToken Issue();
}
