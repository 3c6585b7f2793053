package io.onewindow.platform.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI oneWindowOpenApi() {
        return new OpenAPI().info(new Info().title("OneWindow 乐山市一网通办 API").version("v1")
                .description("政务服务平台开放接口。错误以 RFC 9457 problem details 返回，含稳定的 code 和中文 detail。")
                .license(new License().name("Apache-2.0")));
    }
}
