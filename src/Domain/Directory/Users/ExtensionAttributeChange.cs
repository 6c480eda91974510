namespace Platform.Domain.Directory.Users;

/// <summary>Sets (JSON value text) or removes (null) one attribute inside a custom extension object.</summary>
public sealed record ExtensionAttributeChange(string Extension, string Attribute, string? Json);
