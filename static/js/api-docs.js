// /api/docs: start the vendored swagger-ui on the site's OpenAPI document (no inline script: CSP).
(function () {
  "use strict";
  function start() {
    var box = document.querySelector("[data-api-docs]");
    if (!box || typeof window.SwaggerUIBundle !== "function") return;
    window.SwaggerUIBundle({
      url: box.getAttribute("data-openapi-url"),
      domNode: box,
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: "BaseLayout",
      deepLinking: false,
      validatorUrl: null,        // never call validator.swagger.io: the site runs on a closed network
      persistAuthorization: false,
      displayRequestDuration: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
