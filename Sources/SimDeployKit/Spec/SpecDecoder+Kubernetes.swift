import YAML

extension SpecDecoder {
    /// The `kubernetes:` section. Always read, so its mistakes are reported whatever the target.
    func decodeKubernetes(_ reader: ObjectReader) -> KubernetesOptions? {
        let cloud = reader.choice("cloud", Cloud.init(rawValue:)) ?? .generic
        let namespace = reader.value("namespace", KubernetesName.init)
        let chart = reader.value("chart", ChartReference.validate)
        let presets = reader.list("presets", PresetPath.validate)
        let secrets = decodeKubernetesSecrets(reader.object("secrets"), cloud: cloud)
        let replicasReader = reader.object("replicas")
        let replicas = KubernetesOptions.Replicas(
            app: replicasReader.int("app") ?? 1, realtime: replicasReader.int("realtime") ?? 1)
        let autoscaling = reader.isPresent("autoscaling") ? decodeAutoscaling(reader.object("autoscaling")) : nil
        let ingress = decodeIngress(reader.object("ingress"), cloud: cloud)
        let identity = reader.value("identity") { (text) throws(ValueError) in try WorkloadIdentity(text, cloud: cloud)
        }
        let storageClass = reader.value("storageClass", KubernetesName.init)
        let budget = reader.isPresent("disruptionBudget") ? reader.bool("disruptionBudget") : nil
        let policy = reader.isPresent("networkPolicy") ? reader.bool("networkPolicy") : nil
        guard let namespace, let chart, let secrets, let ingress else { return nil }
        return KubernetesOptions(
            cloud: cloud, namespace: namespace, chart: chart, presets: presets, secrets: secrets, replicas: replicas,
            autoscaling: autoscaling, ingress: ingress, identity: identity, storageClass: storageClass,
            disruptionBudget: budget, networkPolicy: policy)
    }

    private func decodeKubernetesSecrets(_ reader: ObjectReader, cloud: Cloud) -> KubernetesSecrets? {
        let name = reader.value("name", KubernetesName.init)
        let store = reader.value("store", KubernetesName.init)
        let kind = reader.choice("storeKind", ExternalSecretStore.Kind.init(rawValue:))
        let prefix = reader.value("keyPrefix") { (text) throws(ValueError) in
            try SecretKeyPrefix.validate(text, cloud: cloud)
        }
        switch reader.choice("mode", { $0 }) {
        case "inline"?:
            return .inline
        case "existingSecret"?:
            return .existingSecret(name: name)
        case "externalSecrets"?:
            guard let store, let kind else {
                if !reader.isPresent("store") {
                    reader.reportMissing(
                        "store",
                        fix:
                            "add `store: <name>` naming the ClusterSecretStore that reads \(cloud.secretStoreDescription)"
                    )
                }
                return nil
            }
            return .externalSecrets(ExternalSecretStore(name: store, kind: kind, keyPrefix: prefix))
        default:
            return nil
        }
    }

    private func decodeAutoscaling(_ reader: ObjectReader) -> KubernetesOptions.Autoscaling? {
        guard let min = reader.int("minReplicas"), let max = reader.int("maxReplicas"),
            let cpu = reader.int("targetCPU")
        else { return nil }
        if max < min {
            context.error(
                reader.keyPath("maxReplicas"), "\(max) is below minReplicas (\(min))", at: reader.mark("maxReplicas"),
                fix: "use a number of at least \(min)")
        }
        return KubernetesOptions.Autoscaling(
            minReplicas: min, maxReplicas: max, targetCPU: cpu, realtime: reader.bool("realtime"))
    }

    /// The ingress: `.some(nil)` when disabled, `nil` when the section has errors.
    private func decodeIngress(_ reader: ObjectReader, cloud: Cloud) -> KubernetesOptions.Ingress?? {
        let controller =
            reader.isPresent("controller")
            ? reader.choice("controller", IngressController.init(rawValue:)) : cloud.defaultIngressController
        let className = reader.value("className", KubernetesName.init)
        let annotations = reader.stringMap("annotations").compactMap { entry -> KubernetesOptions.Annotation? in
            do throws(ValueError) {
                return KubernetesOptions.Annotation(
                    key: try AnnotationKey.validate(entry.key), value: try SingleLineValue.validate(entry.value))
            } catch {
                context.error(
                    reader.keyPath("annotations") + ".\(entry.key)", error.problem, at: entry.mark, fix: error.fix)
                return nil
            }
        }
        let issuer = reader.value("clusterIssuer", KubernetesName.init)
        let tlsSecret = reader.value("tlsSecret", KubernetesName.init)
        let arn = reader.value("certificateArn", CertificateARN.validate)
        let managed = reader.value("managedCertificate", KubernetesName.init)
        let staticIP = reader.value("staticIpName", KubernetesName.init)
        let controllerNamespace = reader.value("controllerNamespace", KubernetesName.init)
        let sources = reader.list("sourceCidrs", CIDRBlock.init)
        guard let controller else { return nil }
        guard reader.bool("enabled") else { return .some(nil) }
        let ingress = KubernetesOptions.Ingress(
            controller: controller, className: className, annotations: annotations, clusterIssuer: issuer,
            tlsSecret: tlsSecret, certificateARN: arn, managedCertificate: managed, staticIPName: staticIP,
            controllerNamespace: controllerNamespace, sourceCIDRs: sources)
        return .some(ingress)
    }
}

enum ChartReference {
    /// A path or `repo/chart` / `oci://` reference, printed into a shell command: no spaces or quotes.
    static func validate(_ text: String) throws(ValueError) -> String {
        guard !text.isEmpty, text.utf8.allSatisfy({ isAlphanumeric($0) || "._/:@+-~".utf8.contains($0) }) else {
            throw ValueError(
                "\(quoted(text)) is not a chart path or reference",
                fix: "write a path such as ./sim/helm/sim or a reference such as oci://registry.example.com/charts/sim")
        }
        return text
    }
}

enum PresetPath {
    /// A relative path inside the install folder: presets travel with the spec.
    static func validate(_ text: String) throws(ValueError) -> String {
        let fix = "write a path relative to simdeploy.yaml, such as presets/platform.yaml"
        guard !text.isEmpty, !text.hasPrefix("/"),
            text.utf8.allSatisfy({ isAlphanumeric($0) || "._/-".utf8.contains($0) })
        else {
            throw ValueError("\(quoted(text)) is not a relative file path", fix: fix)
        }
        guard !text.split(separator: "/").contains("..") else {
            throw ValueError("\(quoted(text)) leaves the install folder", fix: fix)
        }
        guard text.hasSuffix(".yaml") || text.hasSuffix(".yml") else {
            throw ValueError("\(quoted(text)) is not a YAML file", fix: "name it <something>.yaml")
        }
        return text
    }
}

enum SecretKeyPrefix {
    /// Characters every store accepts; Azure Key Vault and Google Secret Manager also refuse '/', '.' and '_'
    /// (Key Vault) in names.
    static func validate(_ text: String, cloud: Cloud) throws(ValueError) -> String {
        let allowed = cloud.allowsSlashInSecretNames ? "/_.-" : "-"
        guard text.utf8.allSatisfy({ isAlphanumeric($0) || allowed.utf8.contains($0) }) else {
            throw ValueError(
                "\(quoted(text)) cannot prefix secret names in \(cloud.secretStoreDescription)",
                fix: cloud.allowsSlashInSecretNames
                    ? "use letters, digits, '/', '_', '.' and '-'" : "use letters, digits and '-', such as sim-")
        }
        return text
    }
}

enum AnnotationKey {
    /// `[prefix/]name`: a DNS subdomain prefix and a name of letters, digits, '-', '_' and '.'.
    static func validate(_ text: String) throws(ValueError) -> String {
        let fix = "write it as example.com/name"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.last, !name.isEmpty, name.count <= 63,
            name.utf8.allSatisfy({ isAlphanumeric($0) || "-_.".utf8.contains($0) })
        else {
            throw ValueError("\(quoted(text)) is not an annotation key", fix: fix)
        }
        if parts.count == 2 {
            do {
                _ = try Hostname(String(parts[0]))
            } catch {
                throw ValueError("\(quoted(text)) has an invalid prefix: \(error.problem)", fix: fix)
            }
        }
        return text
    }
}

enum CertificateARN {
    static func validate(_ text: String) throws(ValueError) -> String {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "acm", parts[5].hasPrefix("certificate/"),
            text.utf8.allSatisfy({ isAlphanumeric($0) || ":/-".utf8.contains($0) })
        else {
            throw ValueError(
                "\(quoted(text)) is not an ACM certificate ARN",
                fix: "write it as arn:aws:acm:<region>:<account>:certificate/<id>")
        }
        return text
    }
}
