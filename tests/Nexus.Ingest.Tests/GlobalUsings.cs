global using Nexus.Core;
global using Nexus.Ingest.Tests.Support;
global using Nexus.Testing;
