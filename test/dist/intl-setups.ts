// A classic script for a frame's page, before any other: counts every Intl set-up (a constructor
// or supportedLocalesOf) the page then makes, in window.intlSetups.
export const countIntl = `<script>
  window.intlSetups = 0;
  for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'PluralRules', 'Collator']) {
    Intl[name] = new Proxy(Intl[name], {
      construct: (target, args, newTarget) => (window.intlSetups++, Reflect.construct(target, args, newTarget)),
      get: (target, key) =>
        key === 'supportedLocalesOf' ? (...args) => (window.intlSetups++, target.supportedLocalesOf(...args)) : target[key],
    });
  }
</script>`;
