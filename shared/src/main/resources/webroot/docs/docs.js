// Swagger UI from the webjar, on this service's own contract; no request leaves for the internet.
import { init, register } from '/common/i18n.js';
import { session } from '/common/api.js';

register({
  'zh-CN': {
    'docs.pageTitle': '接口文档 · 赛马',
    'docs.title': '接口文档',
    'docs.skip': '跳到接口列表',
    'docs.lead': '本服务的 OpenAPI 3 接口说明。所有请求都按此文档校验；需要登录的接口，请先在“Authorize”中填入登录后获得的令牌。',
    'docs.raw': '下载 openapi.yaml',
  },
  en: {
    'docs.pageTitle': 'API documentation · Saima',
    'docs.title': 'API documentation',
    'docs.skip': 'Skip to the operations',
    'docs.lead': 'The OpenAPI 3 contract of this service. Every request is validated against it; for operations that need sign-in, paste the token you got at sign-in under “Authorize”.',
    'docs.raw': 'Download openapi.yaml',
  },
});
init();

const ui = window.SwaggerUIBundle({
  url: '/openapi.yaml',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  presets: [window.SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  persistAuthorization: false,
  onComplete: () => {
    const token = session.token();
    if (token) ui.preauthorizeApiKey('bearerAuth', token);
  },
});
