using Nexus.Web;

await using var app = NexusWebApp.Build(args);
await app.RunAsync();
