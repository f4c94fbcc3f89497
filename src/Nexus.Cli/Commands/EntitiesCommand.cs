using Nexus.Cli.Output;
using Nexus.Storage;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus entities [--type T] [--query Q]</c></summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var type = new Option<EntityType?>("--type") { Description = "Only entities of this type (Person, Organization, Location, …)." };
        var query = new Option<string?>("--query") { Description = "Name or alias to look for." };
        var limit = new Option<int>("--limit") { Description = "How many to list.", DefaultValueFactory = _ => 50 };
        var format = CliOptions.Format();
        var command = new Command("entities", "List entities in the store, most evidenced first.") { type, query, limit, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var found = await store.FindEntitiesAsync(
                new EntityQuery { Text = parse.GetValue(query), Type = parse.GetValue(type), Page = PageRequest.First(parse.GetValue(limit)) }, ct);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(found);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Name", "Type", "Documents", "Claims", "Id");
            foreach (var entity in found)
            {
                var type = Printer.TypeName(entity.Type) + (entity.Kind is { } kind ? "/" + Printer.Snake(kind) : "");
                table.AddRow(Markup.Escape(entity.Name), type, entity.DocumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    entity.ClaimCount.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(entity.Id));
            }
            Printer.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
