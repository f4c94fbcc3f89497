using Nexus.Cli.Output;
using Nexus.Engine.Queries;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus claims NAME</c>: the claims an entity takes part in, as a table or JSON.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Entity name, alias or id." };
        var predicate = new Option<Predicate?>("--predicate") { Description = "Only claims with this predicate (MemberOf, Leads, AlliedWith, …)." };
        var format = CliOptions.Format();
        var command = new Command("claims", "List the claims about an entity with holder, modality and date.") { name, predicate, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var queries = new NexusQueries(store);
            var (entity, _) = await EntityLookup.FindAsync(queries, parse.GetValue(name)!, ct);
            if (entity is null)
            {
                return ExitCodes.NotFound;
            }
            var wanted = parse.GetValue(predicate);
            var claims = (await queries.ClaimsAsync(entity.Id, ct)).Where(c => wanted is null || c.Predicate == wanted).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(claims);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Claim", "Modality / holder", "Date", "Source", "Id (for reject-claim, confirm-claim)");
            foreach (var claim in claims)
            {
                var statement = Printer.Statement(claim) + (claim.Rejected ? " (rejected by an analyst)" : "");
                table.AddRow(Markup.Escape(statement), Markup.Escape(Printer.Attribution(claim)),
                    Markup.Escape(Printer.Date(claim)), Markup.Escape(Printer.SourceLine(claim)), Markup.Escape(claim.Id));
            }
            Printer.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
