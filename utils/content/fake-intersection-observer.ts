// Tests only. happy-dom's IntersectionObserver never reports: this one reports what a test puts "on screen".
export class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  show(targets: Element[], isIntersecting = true) {
    const records = targets.filter((target) => this.targets.has(target)).map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(records, this as unknown as IntersectionObserver);
  }
}
