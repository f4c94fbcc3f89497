global using Nexus.Core;
global using Nexus.Testing;
