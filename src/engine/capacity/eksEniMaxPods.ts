/**
 * EKS's published max-pods per EC2 instance type: awslabs/amazon-eks-ami
 * `templates/shared/runtime/eni-max-pods.txt` (commit 0254c5b490f819627461d1b24f87e440cbdb251f, read 2026-12-06;
 * the file says it is computed from the EC2 API of 17 regions as ENIs × (IPv4 per ENI − 1) + 2, on the default network
 * card only). 1098 instance types, every one AWS publishes there; one line per family below (`size=max-pods`), the
 * values copied as published — never computed here, so a test can check them against the file by hand.
 *
 * This figure has no options applied. Prefix delegation and custom networking need the ENI and per-ENI address
 * limits, which the 44 types of awsInstances.ts carry; for any other type supply them from
 * `aws ec2 describe-instance-types` (`netmodel infer --instance-types F`, `netmodel max-pods --enis N --ipv4-per-eni M`).
 */

const PUBLISHED = `
a1: 2xlarge=58 4xlarge=234 large=29 medium=8 metal=234 xlarge=58
bmn-sf1: metal=737
c1: medium=12 xlarge=58
c3: 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
c4: 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
c5: 12xlarge=234 18xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 9xlarge=234 large=29 metal=737 xlarge=58
c5a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
c5ad: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
c5d: 12xlarge=234 18xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 9xlarge=234 large=29 metal=737 xlarge=58
c5n: 18xlarge=737 2xlarge=58 4xlarge=234 9xlarge=234 large=29 metal=737 xlarge=58
c6a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
c6g: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
c6gd: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
c6gn: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 xlarge=58
c6i: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
c6id: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
c6in: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=394 4xlarge=234 8xlarge=234 large=29 metal=394 xlarge=58
c7a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-48xl=737 xlarge=58
c7g: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
c7gd: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
c7gn: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
c7i-flex: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
c7i: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal-24xl=737 metal-48xl=737 xlarge=58
c8a: 12xlarge=758 16xlarge=1010 24xlarge=1010 2xlarge=158 48xlarge=1514 4xlarge=314 8xlarge=392 large=59 medium=8 metal-24xl=1010 metal-48xl=1514 xlarge=78
c8g: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-24xl=737 metal-48xl=737 xlarge=58
c8gb: 12xlarge=350 16xlarge=786 24xlarge=1178 2xlarge=58 4xlarge=234 8xlarge=292 large=29 medium=8 metal-24xl=1178 xlarge=58
c8gd: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-24xl=737 metal-48xl=737 xlarge=58
c8gn: 12xlarge=350 16xlarge=786 24xlarge=1178 2xlarge=58 48xlarge=590 4xlarge=234 8xlarge=292 large=29 medium=8 metal-24xl=1178 metal-48xl=590 xlarge=58
c8i-flex: 12xlarge=590 16xlarge=1010 2xlarge=118 4xlarge=394 8xlarge=492 large=59 xlarge=118
c8i: 12xlarge=590 16xlarge=1010 24xlarge=1010 2xlarge=118 32xlarge=1514 48xlarge=1514 4xlarge=394 8xlarge=492 96xlarge=1514 large=59 metal-48xl=1514 metal-96xl=1514 xlarge=118
cr1: 8xlarge=234
d2: 2xlarge=58 4xlarge=234 8xlarge=234 xlarge=58
d3: 2xlarge=18 4xlarge=38 8xlarge=59 xlarge=10
d3en: 12xlarge=89 2xlarge=18 4xlarge=38 6xlarge=58 8xlarge=78 xlarge=10
dl1: 24xlarge=737
dl2q: 24xlarge=737
f1: 16xlarge=394 2xlarge=58 4xlarge=234
f2: 12xlarge=234 48xlarge=737 6xlarge=234
g4ad: 16xlarge=234 2xlarge=8 4xlarge=29 8xlarge=58 xlarge=8
g4dn: 12xlarge=234 16xlarge=58 2xlarge=29 4xlarge=29 8xlarge=58 metal=737 xlarge=29
g5: 12xlarge=737 16xlarge=234 24xlarge=737 2xlarge=58 48xlarge=345 4xlarge=234 8xlarge=234 xlarge=58
g5g: 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 metal=737 xlarge=58
g6: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 xlarge=58
g6e: 12xlarge=292 16xlarge=737 24xlarge=492 2xlarge=58 48xlarge=492 4xlarge=234 8xlarge=234 xlarge=58
g6f: 2xlarge=58 4xlarge=234 large=20 xlarge=58
gr6: 4xlarge=234 8xlarge=234
gr6f: 4xlarge=234
h1: 16xlarge=394 2xlarge=58 4xlarge=234 8xlarge=234
hpc6a: 48xlarge=100
hpc6id: 32xlarge=51
hpc7a: 12xlarge=100 24xlarge=100 48xlarge=100 96xlarge=100
hpc7g: 16xlarge=198 4xlarge=198 8xlarge=198
hs1: 8xlarge=234
i2: 2xlarge=58 4xlarge=234 8xlarge=234 xlarge=58
i3: 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
i3en: 12xlarge=234 24xlarge=737 2xlarge=58 3xlarge=58 6xlarge=234 large=29 metal=737 xlarge=58
i4g: 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
i4i: 12xlarge=234 16xlarge=737 24xlarge=437 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
i7i: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal-24xl=737 metal-48xl=737 xlarge=58
i7ie: 12xlarge=394 18xlarge=737 24xlarge=737 2xlarge=58 3xlarge=58 48xlarge=737 6xlarge=234 large=29 metal-24xl=737 metal-48xl=737 xlarge=58
i8g: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal-24xl=737 xlarge=58
i8ge: 12xlarge=350 18xlarge=786 24xlarge=786 2xlarge=58 3xlarge=176 48xlarge=1178 6xlarge=292 large=29 metal-24xl=786 metal-48xl=1178 xlarge=58
im4gn: 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
inf1: 24xlarge=321 2xlarge=38 6xlarge=234 xlarge=38
inf2: 24xlarge=737 48xlarge=737 8xlarge=234 xlarge=58
is4gen: 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 xlarge=58
m1: large=29 medium=12 small=8 xlarge=58
m2: 2xlarge=118 4xlarge=234 xlarge=58
m3: 2xlarge=118 large=29 medium=12 xlarge=58
m4: 10xlarge=234 16xlarge=234 2xlarge=58 4xlarge=234 large=20 xlarge=58
m5: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
m5a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
m5ad: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
m5d: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
m5dn: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
m5n: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
m5zn: 12xlarge=737 2xlarge=58 3xlarge=234 6xlarge=234 large=29 metal=737 xlarge=58
m6a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
m6g: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
m6gd: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
m6i: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
m6id: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
m6idn: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=394 4xlarge=234 8xlarge=234 large=29 metal=394 xlarge=58
m6in: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=394 4xlarge=234 8xlarge=234 large=29 metal=394 xlarge=58
m7a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-48xl=737 xlarge=58
m7g: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
m7gd: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
m7i-flex: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
m7i: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal-24xl=737 metal-48xl=737 xlarge=58
m8a: 12xlarge=758 16xlarge=1010 24xlarge=1010 2xlarge=158 48xlarge=1514 4xlarge=314 8xlarge=392 large=59 medium=8 metal-24xl=1010 metal-48xl=1514 xlarge=78
m8g: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-24xl=737 metal-48xl=737 xlarge=58
m8gd: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-24xl=737 metal-48xl=737 xlarge=58
m8i-flex: 12xlarge=590 16xlarge=1010 2xlarge=118 4xlarge=394 8xlarge=492 large=59 xlarge=118
m8i: 12xlarge=590 16xlarge=1010 24xlarge=1010 2xlarge=118 32xlarge=1514 48xlarge=1514 4xlarge=394 8xlarge=492 96xlarge=1514 large=59 metal-48xl=1514 metal-96xl=1514 xlarge=118
mac-m4: metal=234
mac-m4pro: metal=234
mac1: metal=234
mac2-m1ultra: metal=234
mac2-m2: metal=234
mac2-m2pro: metal=234
mac2: metal=234
p3: 16xlarge=234 2xlarge=58 8xlarge=234
p3dn: 24xlarge=737
p4d: 24xlarge=737
p4de: 24xlarge=737
p5: 48xlarge=100 4xlarge=118
p5e: 48xlarge=100
p5en: 48xlarge=198
p6-b200: 48xlarge=198
p6-b300: 48xlarge=198
r3: 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
r4: 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
r5: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r5a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
r5ad: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 xlarge=58
r5b: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r5d: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r5dn: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r5n: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r6a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r6g: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
r6gd: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
r6i: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r6id: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal=737 xlarge=58
r6idn: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=394 4xlarge=234 8xlarge=234 large=29 metal=394 xlarge=58
r6in: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=394 4xlarge=234 8xlarge=234 large=29 metal=394 xlarge=58
r7a: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-48xl=737 xlarge=58
r7g: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
r7gd: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
r7i: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 metal-24xl=737 metal-48xl=737 xlarge=58
r7iz: 12xlarge=234 16xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 large=29 metal-16xl=737 metal-32xl=737 xlarge=58
r8a: 12xlarge=758 16xlarge=1010 24xlarge=1010 2xlarge=158 48xlarge=1514 4xlarge=314 8xlarge=392 large=59 medium=8 metal-24xl=1010 metal-48xl=1514 xlarge=78
r8g: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-24xl=737 metal-48xl=737 xlarge=58
r8gb: 12xlarge=350 16xlarge=786 24xlarge=1178 2xlarge=58 4xlarge=234 8xlarge=292 large=29 medium=8 metal-24xl=1178 xlarge=58
r8gd: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-24xl=737 metal-48xl=737 xlarge=58
r8gn: 12xlarge=350 16xlarge=786 24xlarge=1178 2xlarge=58 48xlarge=590 4xlarge=234 8xlarge=292 large=29 medium=8 metal-24xl=1178 metal-48xl=590 xlarge=58
r8i-flex: 12xlarge=590 16xlarge=1010 2xlarge=118 4xlarge=394 8xlarge=492 large=59 xlarge=118
r8i: 12xlarge=590 16xlarge=1010 24xlarge=1010 2xlarge=118 32xlarge=1514 48xlarge=1514 4xlarge=394 8xlarge=492 96xlarge=1514 large=59 metal-48xl=1514 metal-96xl=1514 xlarge=118
t1: micro=4
t2: 2xlarge=44 large=35 medium=17 micro=4 nano=4 small=11 xlarge=44
t3: 2xlarge=58 large=35 medium=17 micro=4 nano=4 small=11 xlarge=58
t3a: 2xlarge=58 large=35 medium=17 micro=4 nano=4 small=8 xlarge=58
t4g: 2xlarge=58 large=35 medium=17 micro=4 nano=4 small=11 xlarge=58
trn1: 2xlarge=58 32xlarge=247
trn1n: 32xlarge=247
trn2: 3xlarge=30 48xlarge=100
u-12tb1: metal=147
u-18tb1: metal=737
u-24tb1: metal=737
u-3tb1: 56xlarge=234
u-6tb1: 112xlarge=737 56xlarge=737 metal=147
u-9tb1: metal=147
u7i-12tb: 224xlarge=737
u7i-6tb: 112xlarge=737
u7i-8tb: 112xlarge=737
u7in-16tb: 224xlarge=394
u7in-24tb: 224xlarge=394
u7in-32tb: 224xlarge=394
vt1: 24xlarge=737 3xlarge=58 6xlarge=234
x1: 16xlarge=234 32xlarge=234
x1e: 16xlarge=234 2xlarge=58 32xlarge=234 4xlarge=58 8xlarge=58 xlarge=29
x2gd: 12xlarge=234 16xlarge=737 2xlarge=58 4xlarge=234 8xlarge=234 large=29 medium=8 metal=737 xlarge=58
x2idn: 16xlarge=737 24xlarge=737 32xlarge=737 metal=737
x2iedn: 16xlarge=737 24xlarge=737 2xlarge=58 32xlarge=737 4xlarge=234 8xlarge=234 metal=737 xlarge=58
x2iezn: 12xlarge=737 2xlarge=58 4xlarge=234 6xlarge=234 8xlarge=234 metal=737
x8aedz: 12xlarge=1010 24xlarge=1010 3xlarge=314 6xlarge=314 large=78 metal-12xl=1010 metal-24xl=1010 xlarge=78
x8g: 12xlarge=234 16xlarge=737 24xlarge=737 2xlarge=58 48xlarge=737 4xlarge=234 8xlarge=234 large=29 medium=8 metal-24xl=737 metal-48xl=737 xlarge=58
z1d: 12xlarge=737 2xlarge=58 3xlarge=234 6xlarge=234 large=29 metal=737 xlarge=58
`;

function load(): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const line of PUBLISHED.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) continue;
    const family = line.slice(0, colon);
    for (const entry of line.slice(colon + 2).split(' ')) {
      const [size, value] = entry.split('=');
      out.set(`${family}.${size}`, Number(value));
    }
  }
  return out;
}

export const EKS_ENI_MAX_PODS: ReadonlyMap<string, number> = load();

/** The published max-pods of an instance type (no options, no vCPU cap), or undefined when AWS publishes none. */
export function publishedMaxPods(type: string): number | undefined {
  return EKS_ENI_MAX_PODS.get(type);
}
