global using Microsoft.AspNetCore.Http.HttpResults;
global using Nexus.Core;
global using Nexus.Engine.Queries;
global using Nexus.Storage;
