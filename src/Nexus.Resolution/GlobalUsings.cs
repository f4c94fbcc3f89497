global using System.Collections.Immutable;
global using System.Collections.Frozen;
global using System.Globalization;
global using Nexus.Core;
