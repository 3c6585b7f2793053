package io.onewindow.platform.web;

import io.onewindow.platform.PlatformErrorCode;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word, for requests it refuses before Spring sees them (an encoded slash or a NUL byte in the path,
 * a malformed request line): problem+json under {@code /api}, otherwise a short Chinese page, never Tomcat's
 * English report. Everything Spring handles is answered by {@link PlatformErrorController} instead.
 */
public class ChineseErrorReportValve extends ErrorReportValve {

    private static final String DETAIL = "请求地址或格式不正确（例如地址中含有编码的斜杠或控制字符），请检查后重试。";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean api = uri != null && (uri.startsWith("/api/") || uri.startsWith("/open311/"));
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            String code = status == 404 ? PlatformErrorCode.NOT_FOUND.code() : status >= 500
                    ? PlatformErrorCode.INTERNAL.code() : PlatformErrorCode.BAD_REQUEST.code();
            String detail = status == 404 ? "您访问的地址不存在。" : status >= 500 ? "系统暂时无法完成请求，请稍后再试。" : DETAIL;
            if (api) {
                writer.write("{\"type\":\"urn:onewindow:problem:" + code.toLowerCase().replace('_', '-')
                        + "\",\"title\":\"请求格式不正确\",\"status\":" + status + ",\"detail\":\"" + detail
                        + "\",\"code\":\"" + code + "\"}");
            } else {
                writer.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>出错了 - 乐山市一网通办"
                        + "</title></head><body><h1>出错了</h1><p>" + detail + "</p><p>状态码：" + status
                        + "</p><p><a href=\"/\">返回首页</a></p></body></html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response was already written: nothing more to say
        }
    }
}
