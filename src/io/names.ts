/**
 * Name syntaxes Kubernetes enforces, reproduced so a document that a real API server would refuse is refused
 * here too. Each check returns null when the value is fine, else the reason.
 *
 * Source: kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go
 * (IsDNS1123Label, IsDNS1123Subdomain, IsValidPortName, label key/value formats) and
 * staging/src/k8s.io/apimachinery/pkg/api/validate/content (IsLabelKey, IsLabelValue).
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

export function dns1123LabelProblem(value: string): string | null {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!DNS1123_LABEL.test(value)) {
    return "must consist of lower case letters, digits or '-', and start and end with a letter or digit (e.g. my-name)";
  }
  return null;
}

export function dns1123SubdomainProblem(value: string): string | null {
  if (value.length > 253) return 'must be no more than 253 characters';
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return "must consist of lower case letters, digits, '-' or '.', and start and end with a letter or digit (e.g. example.com)";
  }
  return null;
}

/** IANA_SVC_NAME, the syntax of named ports (container port names, string targetPorts). */
export function portNameProblem(value: string): string | null {
  if (value.length > 15) return 'must be no more than 15 characters';
  if (!/^[-a-z0-9]+$/.test(value)) return "must contain only lower case letters, digits and '-'";
  if (!/[a-z]/.test(value)) return 'must contain at least one letter';
  if (value.includes('--')) return 'must not contain consecutive hyphens';
  if (value.startsWith('-') || value.endsWith('-')) return 'must not begin or end with a hyphen';
  return null;
}

export function labelKeyProblem(key: string): string | null {
  const slash = key.indexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (slash >= 0) {
    const prefix = key.slice(0, slash);
    if (prefix === '') return 'the prefix before "/" must not be empty';
    const prefixProblem = dns1123SubdomainProblem(prefix);
    if (prefixProblem !== null) return `prefix ${JSON.stringify(prefix)} ${prefixProblem}`;
  }
  if (name === '') return 'the name part must not be empty';
  if (name.length > 63) return 'the name part must be no more than 63 characters';
  if (!QUALIFIED_NAME.test(name)) {
    return "the name part must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit";
  }
  return null;
}

export function labelValueProblem(value: string): string | null {
  if (value === '') return null;
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!QUALIFIED_NAME.test(value)) {
    return "must be empty or consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit";
  }
  return null;
}

/** Linux interface names, as dev_valid_name() in torvalds/linux net/core/dev.c: at most IFNAMSIZ-1 = 15 bytes, no '/', ':' or whitespace, not "." or "..". */
export function interfaceNameProblem(value: string): string | null {
  if (value === '' || value === '.' || value === '..') return 'is not an interface name';
  if (value.length > 15) return 'must be no more than 15 characters (Linux IFNAMSIZ)';
  if (/[/\s:]/.test(value)) return "must not contain '/', ':' or whitespace";
  return null;
}

/** Names of things this format itself introduces (subnets, external networks): label-value syntax, non-empty. */
export function localNameProblem(value: string): string | null {
  if (value === '') return 'must not be empty';
  return labelValueProblem(value);
}
