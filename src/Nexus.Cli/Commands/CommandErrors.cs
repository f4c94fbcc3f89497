using System.Text.Json;

namespace Nexus.Cli.Commands;

/// <summary>Turns the expected failures of a command (missing or malformed input) into one sentence on stderr and exit code 1.</summary>
internal static class CommandErrors
{
    public static Task<int> Run(Func<int> action)
    {
        try
        {
            return Task.FromResult(action());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e.Message);
            return Task.FromResult(1);
        }
    }
}
