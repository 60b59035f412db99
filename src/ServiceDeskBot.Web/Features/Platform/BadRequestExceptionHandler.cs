using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ServiceDeskBot.Web.Features.Platform;

/// <summary>
/// Turns request-reading failures (malformed JSON, wrong content type, oversized body) into problem details with
/// their own 4xx status instead of a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Unsupported media type" : "Bad request",
                Detail = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType
                    ? "请求内容类型必须为 application/json。"
                    : "请求格式不正确：" + bad.Message,
            },
        });
    }
}
