import { Component, h, type FunctionComponent } from 'preact';

function shallowEqual(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Skips re-rendering when props are shallowly equal. preact/compat's `memo` would do the same but
 * installs React-compatibility hooks for the whole page; this is the one piece the panel needs.
 */
export function memo<P extends object>(render: FunctionComponent<P>) {
  return class Memo extends Component<P> {
    static displayName = `Memo(${render.displayName ?? render.name})`;
    shouldComponentUpdate(next: P): boolean {
      return !shallowEqual(this.props, next);
    }
    render() {
      return h(render, this.props);
    }
  };
}
