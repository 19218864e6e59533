/** A browser and operating system read from a User-Agent header, for "my sessions". */
export interface DeviceSummary {
  browser: string | undefined;
  os: string | undefined;
}

// Order matters: Edge and WeChat also say "Chrome", Chrome also says "Safari", Android also says "Linux".
const browsers: [RegExp, string][] = [
  [/MicroMessenger\//, 'WeChat'],
  [/Edg(?:e|A|iOS)?\//, 'Edge'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Android/, 'Android'],
  [/HarmonyOS/, 'HarmonyOS'],
  [/Linux|X11/, 'Linux'],
];

function firstMatch(text: string, patterns: [RegExp, string][]): string | undefined {
  return patterns.find(([pattern]) => pattern.test(text))?.[1];
}

/** Reads the browser and operating system from a User-Agent; both undefined when it says neither. */
export function describeUserAgent(userAgent: string | null | undefined): DeviceSummary {
  const text = userAgent ?? '';
  return { browser: firstMatch(text, browsers), os: firstMatch(text, systems) };
}
