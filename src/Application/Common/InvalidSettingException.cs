namespace Platform.Application.Common;

/// <summary>
/// A setting the server cannot start with (an unknown value, a malformed connection string, a database it cannot
/// reach). The entry point prints <see cref="Exception.Message"/> as one line, naming <see cref="Setting"/>, and exits non-zero.
/// </summary>
public sealed class InvalidSettingException(string setting, string problem, Exception? inner = null)
    : Exception($"{setting}: {problem}", inner)
{
    public string Setting { get; } = setting;
}
