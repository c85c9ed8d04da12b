package org.babysteps.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Static files are served only from the few paths that hold them. Boot's default catch-all "/**" handler made
 * every link rendered on a page be looked up in the classpath (to add a content version): the benchmark found
 * that to be most of the CPU of the facilitator's home page. GOV.UK Frontend's stylesheet asks for its fonts and
 * images under /assets, served straight from the webjar, so no Node build is needed.
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {

    private static final CacheControl WEEK = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
                .setCacheControl(WEEK);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(WEEK)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**", "/js/**").addResourceLocations("classpath:/static/css/", "classpath:/static/js/")
                .setCacheControl(CacheControl.noCache());
    }
}
