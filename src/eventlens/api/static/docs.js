// The API docs page: Swagger UI from the package's own copy, reading this server's /openapi.json.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
