global using Nexus.Testing;
