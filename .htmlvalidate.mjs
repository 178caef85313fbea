/** html-validate's recommended rules, over the built site (dist/). */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro serialises void elements as `<meta …>` in places and `<br />` where MDX wrote it; both are valid HTML.
    'void-style': 'off',
    // Whitespace inside text is Astro's output of our source; it changes nothing a reader or tool sees.
    'no-trailing-whitespace': 'off',
    // A bulletin's page title is its id and full official title; cutting it would hide what the page is.
    'long-title': 'off',
  },
};
