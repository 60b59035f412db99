using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDeskBot.Web.Features.Api;

/// <summary>
/// Serialisation code generated at build time for the question API's bodies, the busiest JSON of the service: no
/// reflection-built converters, and the generated writer for every reply. Added first to the host's resolver chain, so
/// the host's options (the encoder that keeps Chinese readable) still apply; other types fall through to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AskRequestDto))]
[JsonSerializable(typeof(AskResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
