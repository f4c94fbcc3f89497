using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Nexus.Engine.Ingestion;
using Nexus.Engine.Queries;
using Nexus.Storage;

namespace Nexus.Engine.Curations;

/// <summary>
/// Records an analyst's decisions as curations and makes them effective at once: entity decisions
/// (merge, split, rename) rerun resolution, which replays every curation over the automatic result;
/// claim decisions (reject, confirm) take effect when claims are read. Each decision is checked
/// against the store first; a refused one stores nothing and says why in one sentence.
/// <para>Entity decisions name the entities by one of their members ("sha256:…#e3"): members never
/// change once stored, while an entity's id or name may when more documents arrive, so the decision
/// survives every later ingest.</para>
/// </summary>
public sealed class CurationWorkflow(NexusRuntime runtime, INexusStore store, TimeProvider time)
{
    private readonly NexusQueries queries = new(store);

    /// <summary>Declares the named entities (names, aliases or ids; two or more) one entity.</summary>
    public async Task<CurationResult> MergeAsync(IReadOnlyList<string> entities, CurationNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var found = new List<Entity>();
        foreach (var words in entities)
        {
            found.Add(await EntityAsync(words, cancellationToken));
        }
        var distinct = found.DistinctBy(e => e.Id).ToList();
        if (distinct.Count < 2)
        {
            throw new CurationException($"{Quote(entities)} already name one entity, {distinct[0].Name} ({distinct[0].Id}).", CurationProblem.Invalid);
        }
        if (distinct.Select(e => e.Type).Distinct().Count() > 1)
        {
            throw new CurationException($"Entities of different types cannot be merged: {string.Join(", ", distinct.Select(e => $"{e.Name} is {JsonNamingPolicy.SnakeCaseUpper.ConvertName(e.Type.ToString())}"))}.", CurationProblem.Invalid);
        }
        var targets = new List<string>();
        foreach (var entity in distinct)
        {
            targets.Add(await RepresentativeAsync(entity, cancellationToken));
        }
        return await EntityCurationAsync(CurationAction.Merge, targets, null, note, cancellationToken);
    }

    /// <summary>Takes members ("sha256:…#e3", as <see cref="NexusQueries.MembersAsync"/> lists them) out of an entity, together, into a new one.</summary>
    public async Task<CurationResult> SplitAsync(string entity, IReadOnlyList<string> members, CurationNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var from = await EntityAsync(entity, cancellationToken);
        var held = (await store.GetMembershipsAsync(from.Id, cancellationToken)).Select(m => m.Member.Handle).ToHashSet(StringComparer.Ordinal);
        var taken = members.Distinct(StringComparer.Ordinal).ToList();
        if (taken.FirstOrDefault(m => !held.Contains(m)) is { } stranger)
        {
            throw new CurationException($"{stranger} is not a member of {from.Name} ({from.Id}); `nexus members {from.Id}` lists its members.", CurationProblem.NotFound);
        }
        if (taken.Count >= held.Count)
        {
            throw new CurationException($"A split must leave at least one of the {held.Count} member(s) in {from.Name}.", CurationProblem.Invalid);
        }
        return await EntityCurationAsync(CurationAction.Split, taken, null, note, cancellationToken);
    }

    /// <summary>Gives an entity the analyst's name; its id stays.</summary>
    public async Task<CurationResult> RenameAsync(string entity, string name, CurationNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var target = await EntityAsync(entity, cancellationToken);
        var clean = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0)
        {
            throw new CurationException("The new name is empty.", CurationProblem.Invalid);
        }
        return await EntityCurationAsync(CurationAction.Rename, [await RepresentativeAsync(target, cancellationToken)], clean, note, cancellationToken);
    }

    /// <summary>Marks a claim ("sha256:…#c3") as wrongly extracted: it stays stored and is shown as rejected.</summary>
    public Task<CurationResult> RejectClaimAsync(string claimId, CurationNote note, CancellationToken cancellationToken) =>
        ClaimCurationAsync(CurationAction.RejectClaim, claimId, note, cancellationToken);

    /// <summary>Marks a claim as checked against its source; it also lifts an earlier rejection.</summary>
    public Task<CurationResult> ConfirmClaimAsync(string claimId, CurationNote note, CancellationToken cancellationToken) =>
        ClaimCurationAsync(CurationAction.ConfirmClaim, claimId, note, cancellationToken);

    private async Task<CurationResult> EntityCurationAsync(CurationAction action, IReadOnlyList<string> targets, string? value, CurationNote note, CancellationToken cancellationToken)
    {
        var curation = await AddAsync(action, targets, value, note, cancellationToken);
        var resolution = await new ResolutionWorkflow(runtime, store).RunAsync(cancellationToken);
        var holders = resolution.Memberships.Where(m => targets.Contains(m.Member.Handle, StringComparer.Ordinal)).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        return new CurationResult(curation, [.. resolution.Entities.Where(e => holders.Contains(e.Id))], null);
    }

    private async Task<CurationResult> ClaimCurationAsync(CurationAction action, string claimId, CurationNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        if (DocumentEntityRef.Parse(claimId) is not { } handle || await FindClaimAsync(handle.DocumentId, claimId, cancellationToken) is null)
        {
            throw new CurationException($"No claim with id \"{claimId}\" is in the store; `nexus claims NAME` shows claim ids.", CurationProblem.NotFound);
        }
        var curation = await AddAsync(action, [claimId], null, note, cancellationToken);
        return new CurationResult(curation, [], await FindClaimAsync(handle.DocumentId, claimId, cancellationToken));
    }

    private async Task<ClaimView?> FindClaimAsync(string documentId, string claimId, CancellationToken cancellationToken)
    {
        await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery { DocumentId = documentId }, cancellationToken))
        {
            if (claim.Id == claimId)
            {
                return ClaimView.From(claim);
            }
        }
        return null;
    }

    private async Task<Curation> AddAsync(CurationAction action, IReadOnlyList<string> targets, string? value, CurationNote note, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(note.Reason) ? null : note.Reason.Trim();
        var analyst = string.IsNullOrWhiteSpace(note.Analyst) ? null : note.Analyst.Trim();
        var curation = new Curation
        {
            Id = IdOf(at, action, targets, value, reason, analyst),
            Action = action,
            Targets = [.. targets],
            Value = value,
            Reason = reason,
            Analyst = analyst,
            At = at,
        };
        await store.AddCurationAsync(curation, cancellationToken);
        return curation;
    }

    /// <summary>"cur:" + 16 hex digits of SHA-256 over the decision and its time: the same decision stored twice at one instant is one record.</summary>
    private static string IdOf(DateTimeOffset at, CurationAction action, IReadOnlyList<string> targets, string? value, string? reason, string? analyst)
    {
        var text = string.Join('\n', [at.UtcTicks.ToString(CultureInfo.InvariantCulture), action.ToString(), .. targets, value ?? "", reason ?? "", analyst ?? ""]);
        return "cur:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>The one entity the words name exactly (id, name or alias).</summary>
    private async Task<Entity> EntityAsync(string words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        var named = await queries.NamedAsync(words, cancellationToken);
        if (named.Count == 1)
        {
            return named[0];
        }
        if (named.Count > 1)
        {
            throw new CurationException(
                $"\"{words}\" names {named.Count} entities ({string.Join(", ", named.Select(e => $"{e.Name} {e.Id}"))}); give the id of the one you mean.",
                CurationProblem.Invalid);
        }
        var (close, _) = await queries.FindAsync(words, cancellationToken);
        var hint = close is null ? "" : $" (the closest is {close.Name}, {close.Id})";
        throw new CurationException($"No entity is named \"{words}\"{hint}; give a name, alias or id as `nexus entities` lists it.", CurationProblem.NotFound);
    }

    /// <summary>The member that stands for an entity in a stored curation: its first, in document and key order.</summary>
    private async Task<string> RepresentativeAsync(Entity entity, CancellationToken cancellationToken) =>
        (await store.GetMembershipsAsync(entity.Id, cancellationToken)).Select(m => m.Member.Handle).Order(StringComparer.Ordinal).FirstOrDefault()
        ?? throw new CurationException($"{entity.Name} ({entity.Id}) has no members left to name it by.", CurationProblem.NotFound);

    private static string Quote(IReadOnlyList<string> words) => string.Join(" and ", words.Select(w => $"\"{w}\""));
}
